import Chapter09
import Companion

ChapterCommand.main(Regularization.chapter)

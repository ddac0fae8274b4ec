import Chapter05
import Companion

ChapterCommand.main(LossFunctions.chapter)

import Chapter06
import Companion

ChapterCommand.main(FittingModels.chapter)

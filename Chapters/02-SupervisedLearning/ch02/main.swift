import Chapter02
import Companion

ChapterCommand.main(SupervisedLearning.chapter)

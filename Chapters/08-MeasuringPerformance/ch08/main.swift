import Chapter08
import Companion

ChapterCommand.main(MeasuringPerformance.chapter)

import Chapter07
import Companion

ChapterCommand.main(GradientsAndInitialization.chapter)

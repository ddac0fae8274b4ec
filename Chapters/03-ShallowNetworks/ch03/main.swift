import Chapter03
import Companion

ChapterCommand.main(ShallowNetworks.chapter)

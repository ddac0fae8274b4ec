import Chapter04
import Companion

ChapterCommand.main(DeepNetworks.chapter)

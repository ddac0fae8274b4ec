import Chapter10
import Companion

ChapterCommand.main(ConvolutionalNetworks.chapter)

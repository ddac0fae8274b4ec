import CProcess
import FileOutput
import Neural

/// What every executable of the project does first, before parsing its arguments.
public enum ProcessSetup {
    /// Starts again with the OpenBLAS kernel the CPU allows (`BLASKernel`), keeps freed memory for
    /// reuse (`cprocess_keep_freed_memory`: a third of the convolutional benchmark's time went to
    /// mapping and zeroing fresh pages), and installs the handlers that clean up half-written files
    /// on an interruption.
    public static func prepare() {
        BLASKernel.relaunchWithFittingKernel()
        cprocess_keep_freed_memory()
        Interruption.installHandlers()
    }
}

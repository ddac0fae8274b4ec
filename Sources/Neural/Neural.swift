// Placeholder, replaced by the numerical core.
public enum NeuralPlaceholder {}

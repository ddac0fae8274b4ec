import Companion

extension GradientsAndInitialization {
    static let demos: [Demo] = [
        Demo(id: "toy-forward", title: "The toy model's forward pass (eqs. 7.5 and 7.8)", body: showToyForward),
        Demo(id: "toy-backward", title: "The toy model's two backward passes (eqs. 7.9–7.15)", body: showToyBackward),
        Demo(
            id: "deep-backprop", title: "Backpropagation through a deep ReLU network (eqs. 7.23–7.25)",
            body: showDeepBackprop),
        Demo(id: "modes", title: "Reverse and forward mode on a graph (problems 7.12–7.13)", body: showModes),
        Demo(id: "initialization", title: "Exploding and vanishing variances (figure 7.7)", body: showInitialization),
        Demo(id: "notebook-7.3", title: "Notebook 7.3: the variance that keeps 50 layers stable", body: showNotebook73),
        Demo(id: "training", title: "The training code of figure 7.8 (problem 7.16)", body: showTraining),
        Demo(id: "binary", title: "The same code as a binary classifier (problem 7.17)", body: showBinary),
        Demo(id: "checkpointing", title: "Gradient checkpointing (problem 7.11)", body: showCheckpointing),
        Demo(
            id: "general-backprop", title: "General back-propagation on a graph (Goodfellow et al. §6.5)",
            body: showGeneralBackprop),
        Demo(
            id: "adjoints", title: "Adjoints and the Xavier/He variances (Mathematical Engineering of DL, ch. 5)",
            body: showAdjoints),
        Demo(
            id: "gd-step", title: "One gradient-descent step by hand (from a set of study notes on the book)",
            body: showStudyNotesStep),
    ]
}

public enum CompanionPlaceholder {}

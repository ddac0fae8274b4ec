public enum Chapter02Placeholder {}

public enum NewsKBVersion { public static let string = "0.1.0" }

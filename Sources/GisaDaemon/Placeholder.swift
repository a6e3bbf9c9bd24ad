public enum GisaDaemonPlaceholder {}

package vn.kstthc.petition;

/** One refused field of a machine intake: its JSON path ({@code nguoiGui.email}) and why, in Vietnamese. */
public record IntakeProblem(String field, String message) {}

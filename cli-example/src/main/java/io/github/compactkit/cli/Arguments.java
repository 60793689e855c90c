package io.github.compactkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of path arguments shared by the commands: a path that is not there is a usage error (exit 1). */
final class Arguments {
    private Arguments() {
    }

    /** {@code file} when it is a regular file; else a usage error naming it. */
    static Path file(CommandSpec spec, Path file) {
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), "a folder, not a file: " + file);
        }
        if (!Files.exists(file)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
        return file;
    }

    /** {@code dir} when it is a folder; else a usage error naming it. */
    static Path folder(CommandSpec spec, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), (Files.exists(dir) ? "not a folder: " : "no such folder: ") + dir);
        }
        return dir;
    }
}

package org.bordereau.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/** Entry point of the one jar: {@code java -jar bordereau.jar <verb> [options]} (DESIGN.md §5). */
public final class Main {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int FAILED = 1;

    private Main() {}

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != OK || args.length == 0 || !"serve".equals(args[0])) {
            System.exit(status);
        }
    }

    /** Runs one verb; returns the process exit status. {@code serve} returns once the server is up. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String verb = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        Config config;
        try {
            config = "help".equals(verb) || "--help".equals(verb) ? null : Config.fromEnv(env);
        } catch (Config.Invalid e) {
            e.problems().forEach(p -> err.println("bordereau: configuration error: " + p));
            return USAGE;
        }
        return switch (verb) {
            case "serve" -> Cli.serve(config, out, err);
            case "apikey" -> Cli.apikey(config, rest, out, err);
            case "extract" -> Cli.extract(config, rest, out, err);
            case "demo" -> Demo.run(config, rest, out, err);
            case "verify" -> Cli.verify(config, rest, out, err);
            case "keygen" -> Cli.keygen(config, rest, out, err);
            case "help", "--help", "-h" -> {
                out.print(Cli.USAGE);
                yield OK;
            }
            default -> {
                err.println("bordereau: unknown command '" + verb + "'");
                err.print(Cli.USAGE);
                yield USAGE;
            }
        };
    }
}

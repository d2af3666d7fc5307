package org.cloudspend.shell.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.parsing.DefaultParser;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Parses a cloudspend: command line exactly as Karaf does, and before it runs refuses a single-valued option given
 * twice ({@link RepeatedOptions}). Karaf's action preparator has no hook for this; a command's parser does, and its
 * {@code preprocess} is called for a line being run only, never while a line is being completed.
 */
@Service
public class CloudspendParser extends DefaultParser {

    private static final String PACKAGE = CloudspendParser.class.getPackageName().replace('.', '/');

    private final Map<String, RepeatedOptions> byCommand = new ConcurrentHashMap<>();

    @Override
    public String preprocess(Session session, CommandLine line) {
        String[] words = line.getArguments();
        if (words.length > 0) {
            String typed = words[0];
            RepeatedOptions options = commands().get(typed.substring(typed.indexOf(':') + 1));
            if (options != null) {
                options.refuseRepeats(words);
            }
        }
        return super.preprocess(session, line);
    }

    /** The options of every cloudspend: command of this bundle, by command name, found once. */
    private Map<String, RepeatedOptions> commands() {
        if (byCommand.isEmpty()) {
            Bundle bundle = FrameworkUtil.getBundle(CloudspendParser.class);
            for (String resource : bundle.adapt(BundleWiring.class).listResources(PACKAGE, "*.class", 0)) {
                String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = bundle.loadClass(className);
                    Command command = type.getAnnotation(Command.class);
                    if (command != null) {
                        byCommand.put(command.name(), new RepeatedOptions(type));
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("cannot load " + className + " from " + bundle, e);
                }
            }
        }
        return byCommand;
    }
}

package org.cloudspend.shell.internal;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.shell.api.action.Option;

/**
 * The options of one command that take a single value, and the check that a command line gives each of them once:
 * Karaf would silently keep the last one ({@code --customer a --customer b} would mean b).
 */
final class RepeatedOptions {

    /** Every name and alias of a single-valued option, mapped to the option's name as its help shows it. */
    private final Map<String, String> singleValued = new HashMap<>();
    /** Every name and alias of an option that takes a value (the word after it is that value, not an option). */
    private final Set<String> takingAValue = new HashSet<>();

    RepeatedOptions(Class<?> action) {
        for (Class<?> type = action; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                if (option == null || isFlag(field)) {
                    continue;
                }
                Set<String> names = new HashSet<>(Set.of(option.aliases()));
                names.add(option.name());
                takingAValue.addAll(names);
                if (!option.multiValued()) {
                    String shown = longest(names);
                    names.forEach(name -> singleValued.put(name, shown));
                }
            }
        }
    }

    /**
     * Refuses a line (the command's words as typed, the command first) that gives a single-valued option twice, under
     * the same name or under two of its aliases.
     */
    void refuseRepeats(String[] words) {
        Map<String, String> given = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            int equals = word.indexOf('=');
            String name = word.startsWith("-") && equals > 0 ? word.substring(0, equals) : word;
            if (!takingAValue.contains(name)) {
                continue;
            }
            String value = equals > 0 && name.length() == equals ? word.substring(equals + 1)
                    : i + 1 < words.length ? words[++i] : "";
            String option = singleValued.get(name);
            if (option != null) {
                String before = given.putIfAbsent(option, value);
                if (before != null) {
                    throw new CommandException(option + " takes one value, but was given twice (" + before + " and "
                            + value + "): give it once", null);
                }
            }
        }
    }

    private static boolean isFlag(Field field) {
        return field.getType() == boolean.class || field.getType() == Boolean.class;
    }

    private static String longest(Set<String> names) {
        return names.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
    }
}

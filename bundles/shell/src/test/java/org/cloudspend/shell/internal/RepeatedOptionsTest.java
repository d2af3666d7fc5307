package org.cloudspend.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RepeatedOptionsTest {

    private final RepeatedOptions cost = new RepeatedOptions(CostCommand.class);

    @Test
    void refusesASingleValuedOptionGivenTwice() {
        CommandException refused = assertThrows(CommandException.class,
                () -> cost.refuseRepeats(words("cost --customer a --customer b")));
        assertEquals("--customer takes one value, but was given twice (a and b): give it once", refused.getMessage());
    }

    @Test
    void anAliasAndTheNameAreOneOption() {
        CommandException refused = assertThrows(CommandException.class,
                () -> cost.refuseRepeats(words("cost -m net --measure=amortized")));
        assertEquals("--measure takes one value, but was given twice (net and amortized): give it once",
                refused.getMessage());
    }

    @Test
    void optionsOfAnotherClassInTheHierarchyCount() {
        RepeatedOptions edit = new RepeatedOptions(AccountEditCommand.class);
        assertThrows(CommandException.class,
                () -> edit.refuseRepeats(words("account-edit --role-arn a --role-arn b demo")));
    }

    @Test
    void acceptsRepeatedMultiValuedOptionsFlagsAndAValueThatLooksLikeAnOption() {
        cost.refuseRepeats(words("cost -b service -b region -i account=1 --include service=EC2 -g day"));
        cost.refuseRepeats(words("cost --customer --customer"));
        new RepeatedOptions(AccountDeleteCommand.class).refuseRepeats(words("account-delete --purge-costs --purge-costs demo"));
    }

    private static String[] words(String line) {
        return line.split(" ");
    }
}

package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ToolsTest {

    @Test
    void findsAProgramOnThePathLikeCommandV() {
        assertThat(Tools.find("sh")).hasValueSatisfying(p -> assertThat(p.getFileName()).hasToString("sh"));
        assertThat(Tools.find("no-such-program-" + System.nanoTime())).isEmpty();
        assertThat(Tools.find("no-such-program", "/bin/sh")).hasValue(Path.of("/bin/sh"));
    }

    @Test
    void aMissingProgramSkipsOnADevelopersMachineAndFailsUnderCi() {
        assertThatThrownBy(() -> Tools.require(Optional.empty(), "dovecot is not installed", false))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Tools.require(Optional.empty(), "dovecot is not installed", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dovecot is not installed")
                .hasMessageContaining("CI=true");
        assertThat(Tools.require(Optional.of(Path.of("/bin/sh")), "sh", true)).isEqualTo(Path.of("/bin/sh"));
    }
}

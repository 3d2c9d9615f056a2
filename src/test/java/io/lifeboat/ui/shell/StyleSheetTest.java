package io.lifeboat.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX reports a broken style sheet only as a warning on the console and then drops the rules after
 * the error, so a missing brace (a merge once lost one) silently unstyles whole views.
 */
class StyleSheetTest {

    @Test
    void theStyleSheetParsesWithoutErrors() throws Exception {
        URL sheet = Shell.class.getResource("lifeboat.css");
        assertThat(sheet).isNotNull();
        CssParser.errorsProperty().clear();

        Stylesheet parsed = new CssParser().parse(sheet);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
        assertThat(parsed.getRules()).hasSizeGreaterThan(50);
    }
}

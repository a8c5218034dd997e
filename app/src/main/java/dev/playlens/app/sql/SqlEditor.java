package dev.playlens.app.sql;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The SQL editor: a RichTextFX code area with line numbers and SQL colouring, kept in sync with the model's
 * text. Ctrl+Enter (Cmd+Enter on macOS) runs the selection, or else the statement under the cursor.
 */
final class SqlEditor {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> node = new VirtualizedScrollPane<>(area);

    SqlEditor(SqlModel model, Consumer<String> run) {
        area.setId("sql-editor");
        area.getStyleClass().add("sql-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.multiPlainChanges().successionEnds(Duration.ofMillis(80)).subscribe(ignore -> highlight());
        area.replaceText(model.sql.get() == null ? "" : model.sql.get());
        highlight();
        area.textProperty().addListener((o, before, text) -> {
            if (!text.equals(model.sql.get())) model.sql.set(text);
        });
        model.sql.addListener((o, before, text) -> {
            String t = text == null ? "" : text;
            if (!t.equals(area.getText())) {
                area.replaceText(t);
                area.moveTo(t.length());
                highlight();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                run.accept(statementToRun());
                e.consume();
            }
        });
    }

    /** The selection when there is one, else the statement under the caret. */
    String statementToRun() {
        String selected = area.getSelectedText();
        return selected.isBlank() ? SqlStatements.at(area.getText(), area.getCaretPosition()) : selected;
    }

    /** Inserts {@code text} at the caret (a table or column name from the schema tree). */
    void insert(String text) {
        area.insertText(area.getCaretPosition(), text);
        area.requestFocus();
    }

    CodeArea area() {
        return area;
    }

    VirtualizedScrollPane<CodeArea> node() {
        return node;
    }

    private void highlight() {
        String text = area.getText();
        if (!text.isEmpty()) area.setStyleSpans(0, SqlHighlighter.spans(text));
    }
}

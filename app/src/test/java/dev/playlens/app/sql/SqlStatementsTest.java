package dev.playlens.app.sql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatementsTest {
    private static final String SCRIPT = "SELECT 1 AS a;\n-- a comment; not a split\nSELECT 'x;y' AS b;\n\nSELECT 3 /* ; */ AS c";

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        assertThat(SqlStatements.split(SCRIPT)).hasSize(3);
        assertThat(SqlStatements.split(SCRIPT).get(1).of(SCRIPT)).isEqualTo("-- a comment; not a split\nSELECT 'x;y' AS b");
    }

    @Test
    void findsTheStatementUnderTheCaret() {
        assertThat(SqlStatements.at(SCRIPT, 3)).isEqualTo("SELECT 1 AS a");
        assertThat(SqlStatements.at(SCRIPT, SCRIPT.indexOf("'x;y'") + 2)).endsWith("SELECT 'x;y' AS b");
        assertThat(SqlStatements.at(SCRIPT, SCRIPT.length())).isEqualTo("SELECT 3 /* ; */ AS c");
    }

    @Test
    void aCaretAfterTheLastSemicolonMeansTheStatementBeforeIt() {
        String text = "SELECT 1;\nSELECT 2;\n\n";
        assertThat(SqlStatements.at(text, text.length())).isEqualTo("SELECT 2");
        assertThat(SqlStatements.at(text, text.indexOf(';') + 1)).isEqualTo("SELECT 1");
        assertThat(SqlStatements.at("  ", 1)).isEmpty();
    }

    @Test
    void doubledQuotesStayInsideTheLiteral() {
        String text = "SELECT 'it''s; fine' AS s; SELECT 2";
        assertThat(SqlStatements.at(text, 5)).isEqualTo("SELECT 'it''s; fine' AS s");
    }
}

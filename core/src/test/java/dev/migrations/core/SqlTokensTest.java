package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.SqlTokens.Kind;
import dev.migrations.core.SqlTokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTokensTest {

    @Test
    void cutsWordsNamesStringsNumbersAndSymbols() {
        List<Token> tokens = SqlTokens.tokenize(
                "ALTER TABLE \"My\"\"T\" /* c */ ADD c numeric(10,2) DEFAULT E'it''s\\'' -- x\n::text, $1 $f$a;b$f$ <>");
        assertThat(tokens)
                .extracting(Token::kind, Token::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.WORD, "alter"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORD, "table"),
                        org.assertj.core.groups.Tuple.tuple(Kind.QUOTED_IDENTIFIER, "My\"T"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORD, "add"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORD, "c"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORD, "numeric"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SYMBOL, "("),
                        org.assertj.core.groups.Tuple.tuple(Kind.NUMBER, "10"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SYMBOL, ","),
                        org.assertj.core.groups.Tuple.tuple(Kind.NUMBER, "2"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SYMBOL, ")"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORD, "default"),
                        org.assertj.core.groups.Tuple.tuple(Kind.STRING, "E'it''s\\''"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SYMBOL, "::"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORD, "text"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SYMBOL, ","),
                        org.assertj.core.groups.Tuple.tuple(Kind.PARAMETER, "$1"),
                        org.assertj.core.groups.Tuple.tuple(Kind.STRING, "$f$a;b$f$"),
                        org.assertj.core.groups.Tuple.tuple(Kind.SYMBOL, "<>"));
        assertThat(tokens.get(2).offset()).isEqualTo(12);
        assertThat(tokens.get(0).is("ALTER")).isTrue();
        assertThat(tokens.get(2).isName()).isTrue();
    }
}

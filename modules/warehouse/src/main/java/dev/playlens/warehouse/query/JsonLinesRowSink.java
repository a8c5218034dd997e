package dev.playlens.warehouse.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes rows as JSON lines, one object per row keyed by column label. Numbers and booleans stay JSON
 * numbers and booleans (NaN and infinities become strings), everything else is text as in {@link ResultValues#text}.
 */
public final class JsonLinesRowSink implements RowSink {
    private final Writer out;
    private final JsonFactory json = new JsonFactory();
    private List<ResultColumn> columns = List.of();

    public JsonLinesRowSink(Writer out) {
        this.out = out;
    }

    @Override
    public void start(List<ResultColumn> columns) {
        this.columns = columns;
    }

    @Override
    public boolean row(Object[] values) throws IOException {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                g.writeFieldName(columns.get(i).name());
                write(g, values[i]);
            }
            g.writeEndObject();
        }
        out.write('\n');
        return true;
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case BigInteger bi -> g.writeNumber(bi);
            case BigDecimal bd -> g.writeNumber(bd);
            case Double d when !d.isNaN() && !d.isInfinite() -> g.writeNumber(d);
            case Float f when !f.isNaN() && !f.isInfinite() -> g.writeNumber(f);
            default -> g.writeString(ResultValues.text(v));
        }
    }
}

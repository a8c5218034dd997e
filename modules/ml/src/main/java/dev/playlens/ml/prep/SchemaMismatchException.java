package dev.playlens.ml.prep;

/** Data offered to a trained model does not match the schema it was trained on; the message names the column. */
public class SchemaMismatchException extends IllegalArgumentException {
    public SchemaMismatchException(String message) {
        super(message);
    }
}

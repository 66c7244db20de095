package org.answerdesk.retrieval.adapt;

import java.util.List;

/**
 * How an encoder numbers its tokens' positions and whether it reads token types: the two ways the BERT family's
 * embeddings differ while the rest of the network is the same.
 * <ul>
 * <li>BERT (MiniLM, BGE): positions 0, 1, 2, ...; token types read from the {@code token_type_ids} input.</li>
 * <li>RoBERTa and XLM-R (paraphrase-multilingual-MiniLM-L12-v2, multilingual-e5): positions counted from the
 * padding id plus one ({@code padding_idx} 1, so 2, 3, 4, ...; padding itself at 1), and no {@code token_type_ids}
 * input: every token gets the type table's first row.</li>
 * </ul>
 * Which one a model is, is not guessed from names: {@link Verification} picks the layout under which the trainer's
 * forward pass gives the vectors ONNX Runtime gives for the same file, or refuses the model.
 *
 * @param positionOffset the first real token's position id (0 for BERT, 2 for RoBERTa and XLM-R)
 * @param tokenTypes     whether the model reads the tokenizer's token types (false: type 0 for every token)
 */
record EncoderLayout(int positionOffset, boolean tokenTypes) {

    static final EncoderLayout BERT = new EncoderLayout(0, true);
    /** RoBERTa's {@code create_position_ids_from_input_ids} with {@code padding_idx} 1, and no token types. */
    static final EncoderLayout ROBERTA = new EncoderLayout(2, false);
    /** The layouts tried, in order. */
    static final List<EncoderLayout> KNOWN = List.of(BERT, ROBERTA);

    EncoderLayout {
        if (positionOffset < 0) {
            throw new IllegalArgumentException("position offset " + positionOffset);
        }
    }

    /**
     * The position id of every token of a right-padded batch ({@code mask} 1 for a token, 0 for padding,
     * {@code size x length} row-major). BERT numbers every slot by its index; RoBERTa counts the tokens
     * ({@code cumsum(mask) + padding_idx}) and gives padding the padding id.
     */
    int[] positionIds(float[] mask, int size, int length) {
        int[] ids = new int[size * length];
        for (int i = 0; i < size; i++) {
            int count = 0;
            for (int t = 0; t < length; t++) {
                int at = i * length + t;
                if (positionOffset == 0) {
                    ids[at] = t;
                } else if (mask[at] != 0) {
                    ids[at] = ++count + positionOffset - 1;
                } else {
                    ids[at] = positionOffset - 1;
                }
            }
        }
        return ids;
    }

    /** The highest position id a batch of {@code length} tokens uses, to check it against the position table. */
    int lastPosition(int length) {
        return length - 1 + positionOffset;
    }

    @Override
    public String toString() {
        return (positionOffset == 0 ? "BERT" : positionOffset == 2 && !tokenTypes ? "RoBERTa/XLM-R" : "custom")
                + " (positions from " + positionOffset + (tokenTypes ? ", token types" : ", no token types") + ")";
    }
}

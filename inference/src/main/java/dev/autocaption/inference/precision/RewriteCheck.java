package dev.autocaption.inference.precision;

import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.proto.RunOptions;

/**
 * What TensorFlow really ran for an encoder asked to run in bfloat16, read from the partition graphs of one run
 * (the graph after Grappler's rewrites): how many operations carry a bfloat16 type, and how many of the
 * convolutions do. Asking for the rewrite ({@link #withBf16}) is not proof that it happened; this is. Both engines
 * (the Show and Tell encoder, the detector) use it.
 *
 * @param bf16Operations   operations with a bfloat16 input, output or attribute (casts included)
 * @param bf16Convolutions convolutions among them
 * @param convolutions     convolutions in the encoder run
 */
public record RewriteCheck(int bf16Operations, int bf16Convolutions, int convolutions) {
    /**
     * {@code config} plus TensorFlow's oneDNN auto mixed precision ({@code auto_mixed_precision_onednn_bfloat16}):
     * convolutions and matrix products in bfloat16, the rest in fp32.
     */
    public static ConfigProto withBf16(ConfigProto config) {
        GraphOptions graph = config.getGraphOptions().toBuilder().setRewriteOptions(config.getGraphOptions()
                .getRewriteOptions().toBuilder().setAutoMixedPrecisionOnednnBfloat16(RewriterConfig.Toggle.ON))
                .build();
        return config.toBuilder().setGraphOptions(graph).build();
    }

    /**
     * Runs {@code runner} (inputs fed, outputs fetched) once, asking for the partition graphs, and counts what ran.
     *
     * @throws IllegalStateException when TensorFlow returns no run metadata
     */
    public static RewriteCheck run(Session.Runner runner) {
        RunOptions partitions = RunOptions.newBuilder().setOutputPartitionGraphs(true).build();
        try (Result r = runner.setOptions(partitions).runAndFetchMetadata()) {
            return of(r.getMetadata().orElseThrow(() -> new IllegalStateException(
                    "TensorFlow returned no run metadata for a run that asked for its partition graphs"))
                    .getPartitionGraphsList());
        }
    }

    /** Counts the operations of {@code partitions}. */
    public static RewriteCheck of(List<GraphDef> partitions) {
        int bf16 = 0;
        int bf16Convolutions = 0;
        int convolutions = 0;
        for (GraphDef partition : partitions) {
            for (NodeDef node : partition.getNodeList()) {
                boolean isBf16 = node.getAttrMap().values().stream().anyMatch(RewriteCheck::bf16);
                boolean isConvolution = node.getOp().contains("Conv2D");
                bf16 += isBf16 ? 1 : 0;
                convolutions += isConvolution ? 1 : 0;
                bf16Convolutions += isBf16 && isConvolution ? 1 : 0;
            }
        }
        return new RewriteCheck(bf16, bf16Convolutions, convolutions);
    }

    private static boolean bf16(AttrValue value) {
        return value.getType() == DataType.DT_BFLOAT16 || value.getList().getTypeList().contains(DataType.DT_BFLOAT16);
    }

    /** Whether the graph's convolutions run in bfloat16. */
    public boolean applied() {
        return bf16Convolutions > 0;
    }

    /** e.g. {@code 94 of 94 convolutions in bfloat16 (291 bfloat16 operations)}. */
    public String describe() {
        return bf16Convolutions + " of " + convolutions + " convolutions in bfloat16 (" + bf16Operations
                + " bfloat16 operations)";
    }
}

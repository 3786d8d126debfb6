package dev.autocaption.inference.detector.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;

/**
 * Splits a TF.js fused convolution ({@code x, filter, bias} with {@code fused_ops = [BiasAdd(, activation)]}) into
 * the stock ops: convolution, {@code BiasAdd}, activation. The last node keeps the original name so consumers still
 * find it.
 */
final class FusedOps {
    private FusedOps() {
    }

    static void split(GraphDef.Builder graph, NodeDef n, String convOp, Map<String, Integer> rewrites)
            throws GraphConversionException {
        List<String> fused = new ArrayList<>();
        AttrValue fusedOps = n.getAttrMap().get("fused_ops");
        if (fusedOps != null) {
            fusedOps.getList().getSList().forEach(s -> fused.add(s.toStringUtf8()));
        }
        if (fused.isEmpty() || !fused.get(0).equals("BiasAdd") || fused.size() > 2) {
            throw new GraphConversionException("node " + n.getName() + ": unsupported fused_ops " + fused);
        }
        List<List<String>> inputs = TfjsGraphConverter.dataAndControl(n);
        List<String> data = inputs.get(0);
        if (data.size() != 3) {
            throw new GraphConversionException("node " + n.getName() + ": expected 3 data inputs (x, filter, bias),"
                    + " was " + data);
        }
        boolean activation = fused.size() > 1;
        String conv = n.getName() + "/_conv";
        graph.addNode(convolution(n, conv, convOp, data, inputs.get(1)));
        String bias = activation ? n.getName() + "/_bias" : n.getName();
        NodeDef.Builder biasAdd = NodeDef.newBuilder().setName(bias).setOp("BiasAdd").addInput(conv)
                .addInput(data.get(2)).putAttr("T", n.getAttrMap().get("T")).setDevice(n.getDevice());
        if (n.getAttrMap().containsKey("data_format")) {
            biasAdd.putAttr("data_format", n.getAttrMap().get("data_format"));
        }
        graph.addNode(biasAdd);
        if (activation) {
            graph.addNode(activation(n, bias, fused.get(1)));
        }
        TfjsGraphConverter.count(rewrites, n.getOp() + fused + " split into " + convOp + " + BiasAdd"
                + (activation ? " + " + fused.get(1) : ""));
    }

    private static NodeDef.Builder convolution(NodeDef n, String name, String convOp, List<String> data,
                                               List<String> control) {
        NodeDef.Builder conv = NodeDef.newBuilder().setName(name).setOp(convOp).addInput(data.get(0))
                .addInput(data.get(1)).addAllInput(control).setDevice(n.getDevice());
        for (String a : List.of("T", "strides", "padding", "data_format", "dilations", "explicit_paddings")) {
            if (n.getAttrMap().containsKey(a)) {
                conv.putAttr(a, n.getAttrMap().get(a));
            }
        }
        return conv;
    }

    private static NodeDef.Builder activation(NodeDef n, String input, String op) throws GraphConversionException {
        NodeDef.Builder a = NodeDef.newBuilder().setName(n.getName()).addInput(input)
                .putAttr("T", n.getAttrMap().get("T")).setDevice(n.getDevice());
        switch (op) {
            case "Relu", "Relu6", "Elu", "Sigmoid", "Tanh" -> a.setOp(op);
            case "LeakyRelu" -> a.setOp("LeakyRelu").putAttr("alpha", AttrValue.newBuilder()
                    .setF(n.getAttrMap().getOrDefault("leakyrelu_alpha",
                            AttrValue.newBuilder().setF(0.2f).build()).getF()).build());
            default -> throw new GraphConversionException("node " + n.getName() + ": unsupported fused activation "
                    + op);
        }
        return a;
    }
}

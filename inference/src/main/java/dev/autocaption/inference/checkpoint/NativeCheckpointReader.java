package dev.autocaption.inference.checkpoint;

import static org.tensorflow.internal.c_api.global.tensorflow.TF_CheckpointReaderGetVariable;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_CheckpointReaderGetVariableDataType;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_CheckpointReaderGetVariableNumDims;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_CheckpointReaderGetVariableShape;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_CheckpointReaderSize;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteCheckpointReader;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_GetCode;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_Message;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewCheckpointReader;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tensorflow.TensorFlow;
import org.tensorflow.internal.c_api.TF_CheckpointReader;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.proto.DataType;

/**
 * Lists a checkpoint through TensorFlow's own {@code TF_CheckpointReader} (C API, exposed in TF Java's internal
 * package), which reads both V2 bundles and old V1 single files. Used for V1, where no pure-Java parser exists.
 */
final class NativeCheckpointReader {
    private NativeCheckpointReader() {
    }

    static List<TensorInfo> list(Path prefix) throws CheckpointException {
        TensorFlow.version(); // loads the natives before the first raw C call
        TF_Status status = TF_NewStatus();
        try {
            TF_CheckpointReader reader = TF_NewCheckpointReader(prefix.toString(), status);
            if (TF_GetCode(status) != 0) {
                throw new CheckpointException("TensorFlow cannot read checkpoint " + prefix + ": "
                        + TF_Message(status).getString());
            }
            try {
                return entries(reader, status);
            } finally {
                TF_DeleteCheckpointReader(reader);
            }
        } finally {
            TF_DeleteStatus(status);
        }
    }

    private static List<TensorInfo> entries(TF_CheckpointReader reader, TF_Status status) {
        int count = TF_CheckpointReaderSize(reader);
        List<TensorInfo> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = TF_CheckpointReaderGetVariable(reader, i).getString();
            int dims = TF_CheckpointReaderGetVariableNumDims(reader, name);
            long[] shape = new long[dims];
            TF_CheckpointReaderGetVariableShape(reader, name, shape, dims, status);
            DataType dtype = DataType.forNumber(TF_CheckpointReaderGetVariableDataType(reader, name));
            String type = dtype == null ? "UNKNOWN" : dtype.name().replaceFirst("^DT_", "");
            out.add(new TensorInfo(name, type, Arrays.stream(shape).boxed().toList()));
        }
        out.sort(Comparator.comparing(TensorInfo::name));
        return out;
    }
}

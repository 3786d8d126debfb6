package dev.autocaption.inference.showandtell;

import dev.autocaption.config.Device;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/**
 * Where and with how many threads a model's session runs. TensorFlow's CPU thread pools are process-wide and the
 * first session created decides them, so the daemon should create its captioner before any other session.
 *
 * @param device         {@code auto} uses a GPU when the natives and a device are present, else the CPU
 * @param intraOpThreads 0 = every core
 * @param interOpThreads 0 = TensorFlow's choice
 */
public record SessionSettings(Device device, int intraOpThreads, int interOpThreads) {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSettings.class);

    public SessionSettings {
        Objects.requireNonNull(device, "device");
        if (intraOpThreads < 0 || interOpThreads < 0) {
            throw new IllegalArgumentException("thread counts must not be negative, were " + intraOpThreads + "/"
                    + interOpThreads);
        }
    }

    public static SessionSettings cpu() {
        return new SessionSettings(Device.CPU, 0, 0);
    }

    /**
     * Decides the device (logging the choice) and returns the session config for it.
     *
     * @throws IllegalStateException when {@code gpu} was asked for and none can be used (the message says why)
     */
    public Resolved resolve() {
        if (device == Device.CPU) {
            LOG.info("TensorFlow device: CPU (model.device=cpu)");
            return new Resolved(Device.CPU, config(false), "model.device=cpu");
        }
        String gpuProblem = gpuProblem();
        if (gpuProblem == null) {
            LOG.info("TensorFlow device: GPU (model.device={})", device.configName());
            return new Resolved(Device.GPU, config(true), "GPU found");
        }
        if (device == Device.GPU) {
            throw new IllegalStateException("model.device=gpu but no GPU is usable: " + gpuProblem
                    + " (the GPU natives come with the -Pgpu build; CUDA 12 and cuDNN 9 must be installed)");
        }
        LOG.info("TensorFlow device: CPU (model.device=auto, no usable GPU: {})", gpuProblem);
        return new Resolved(Device.CPU, config(false), "no usable GPU: " + gpuProblem);
    }

    /** The chosen device, its session config, and why it was chosen. */
    public record Resolved(Device device, ConfigProto config, String reason) {
    }

    private ConfigProto config(boolean gpu) {
        ConfigProto.Builder b = ConfigProto.newBuilder().setAllowSoftPlacement(true)
                .setIntraOpParallelismThreads(intraOpThreads).setInterOpParallelismThreads(interOpThreads);
        if (!gpu) {
            b.putDeviceCount("GPU", 0);
        }
        return b.build();
    }

    /** Null when a constant pinned to GPU 0 runs; else TensorFlow's first error line. */
    private String gpuProblem() {
        ConfigProto strict = config(true).toBuilder().setAllowSoftPlacement(false).build();
        try (Graph g = new Graph(); Session s = new Session(g, strict)) {
            Ops tf = Ops.create(g).withDevice(DeviceSpec.newBuilder().deviceType(DeviceSpec.DeviceType.GPU)
                    .deviceIndex(0).build());
            s.runner().fetch(tf.identity(tf.constant(1f))).run().close();
            return null;
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            return message.lines().findFirst().orElse(message);
        }
    }
}

package dev.autocaption.config;

/** Where {@code model.device} asks TensorFlow to run. */
public enum Device {
    /** Use a GPU when the GPU natives and a device are present, else the CPU. */
    AUTO("auto"),
    CPU("cpu"),
    GPU("gpu");

    private final String configName;

    Device(String configName) {
        this.configName = configName;
    }

    /** The spelling used in the YAML file. */
    public String configName() {
        return configName;
    }
}

package io.newslens.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a built-in object into Fabric8's typed model and reports every field the model does not know.
 * Fabric8 keeps unknown fields in {@code additionalProperties} instead of failing, so we look for them.
 */
final class StrictModel {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictModel() {
    }

    static List<String> unknownFields(JsonNode object) {
        Object typed = SERIALIZATION.unmarshal(object.toString());
        List<String> unknown = new ArrayList<>();
        walk(typed, "$", unknown);
        return unknown;
    }

    private static void walk(Object node, String path, List<String> unknown) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown));
            return;
        }
        if (!(node instanceof KubernetesResource)) {
            return;
        }
        try {
            for (PropertyDescriptor p : Introspector.getBeanInfo(node.getClass(), Object.class).getPropertyDescriptors()) {
                Method getter = p.getReadMethod();
                if (getter == null) {
                    continue;
                }
                Object value = getter.invoke(node);
                if (p.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> unknown.add(path + "." + k));
                    }
                } else {
                    walk(value, path + "." + p.getName(), unknown);
                }
            }
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot inspect " + node.getClass(), e);
        }
    }
}

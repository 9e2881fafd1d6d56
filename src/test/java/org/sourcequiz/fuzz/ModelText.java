package org.sourcequiz.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Every string a model value holds, found by walking its records, lists and maps. */
public final class ModelText {
    private ModelText() {}

    public static List<String> of(Object value) {
        List<String> out = new ArrayList<>();
        walk(value, out);
        return out;
    }

    private static void walk(Object v, List<String> out) {
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof Collection<?> c) {
            c.forEach(x -> walk(x, out));
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                walk(k, out);
                walk(x, out);
            });
        } else if (v != null && v.getClass().isRecord()) {
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                try {
                    walk(c.getAccessor().invoke(v), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
        }
    }
}

package tcps;

import java.lang.reflect.Field;

/** Gives an entity built in a unit test the id its store would have assigned. */
public final class EntityIds {

    private EntityIds() {}

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

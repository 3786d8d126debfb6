package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhotoStateTest {
    @Test
    void everyStateIsReachableFromDiscovered() {
        java.util.Set<PhotoState> reached = java.util.EnumSet.of(PhotoState.DISCOVERED);
        java.util.Deque<PhotoState> todo = new java.util.ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (PhotoState next : todo.pop().next()) {
                if (reached.add(next)) {
                    todo.add(next);
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(PhotoState.values());
    }

    @Test
    void postedPhotosOnlyMoveToRolledBack() {
        assertThat(PhotoState.POSTED.next()).containsExactly(PhotoState.ROLLED_BACK);
    }

    @Test
    void noStateMovesToItself() {
        for (PhotoState state : PhotoState.values()) {
            assertThat(state.canMoveTo(state)).as(state.code()).isFalse();
        }
    }

    @Test
    void fromCodeParsesTheLowerCaseSpelling() {
        assertThat(PhotoState.fromCode("rolled_back")).isEqualTo(PhotoState.ROLLED_BACK);
    }

    @Test
    void fromCodeRejectsUnknownStatesListingTheKnownOnes() {
        assertThatThrownBy(() -> PhotoState.fromCode("done"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown photo state done, expected one of [discovered, captioned, dropped, queued,"
                        + " approved, posting, posted, failed, skipped, rolled_back]");
    }
}

package io.metalflow.overview;

import java.util.List;

/** The engine user asking for the overview, and their groups. */
record LabCaller(String userId, List<String> groupIds) {

  LabCaller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }
}

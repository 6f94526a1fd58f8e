package io.metalflow.overview;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /lab/api/overview}: the {@link Overview} as JSON, never cached by the browser. Always
 * 200 once past {@link LabApiAuthentication}: failures of MAAS, juju or the engine are shown in
 * their section.
 */
@RestController
class OverviewController {

  static final String PATH = "/lab/api/overview";

  private final LabOverview overview;

  OverviewController(LabOverview overview) {
    this.overview = overview;
  }

  @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Overview> overview() {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(overview.current());
  }
}

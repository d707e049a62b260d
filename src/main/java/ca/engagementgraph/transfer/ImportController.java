package ca.engagementgraph.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.loading.Loading;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of spreadsheets (CSV) or JSON files to import, and their progress:
 * {@code POST /imports} (multipart {@code files}, optional {@code dryRun=true}) answers 202 with the job's id;
 * {@code GET /imports/{id}} answers where it stands and, once finished, its report with every problem found.
 */
@RestController
class ImportController {

	private final ImportJobs jobs;

	ImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@RequestParam("files") List<MultipartFile> files,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) {
		var inputs = new ArrayList<Loading.Input>();
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
			String lower = name.toLowerCase(Locale.ROOT);
			if (!lower.endsWith(".csv") && !lower.endsWith(".json")) {
				return ResponseEntity.badRequest().body(Map.of("code", "UNSUPPORTED_FILE", "message",
						"'" + name + "' is neither a .csv nor a .json file."));
			}
			try {
				// Read now: the servlet container deletes the upload once this request ends, before the job is done.
				inputs.add(new Loading.Input(name, new java.io.ByteArrayInputStream(file.getBytes())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (inputs.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("code", "NO_FILES", "message", "Send at least one file as 'files'."));
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.start(inputs, dryRun,
				"upload:" + ca.engagementgraph.security.Access.userName(), ca.engagementgraph.security.Access.cleared()));
	}

	@GetMapping("/imports/{id}")
	ResponseEntity<?> status(@PathVariable String id) {
		return jobs.status(id).<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("code", "UNKNOWN_IMPORT", "message", "No import has the id '" + id + "'.")));
	}
}

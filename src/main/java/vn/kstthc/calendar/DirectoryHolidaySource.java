package vn.kstthc.calendar;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Holiday files in a directory of the file system, read eagerly so that errors surface at start. */
final class DirectoryHolidaySource implements HolidaySource {

  private final Path directory;

  DirectoryHolidaySource(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  @Override
  public List<HolidayYear> load() {
    if (!Files.isDirectory(directory)) {
      throw new HolidayDataException(directory.toString(), 0, "holiday directory does not exist");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new HolidayDataException(directory.toString(), 0, "cannot list directory: " + e.getMessage(), e);
    }
    List<HolidayYear> years = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (HolidayFileParser.FILE_NAME.matcher(name).matches()) {
        years.add(read(file));
      } else if (name.startsWith("holidays") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
        throw new HolidayDataException(file.toString(), 0,
            "file name must be holidays-YYYY.yaml (four-digit year, .yaml) to be used");
      }
    }
    return years;
  }

  private static HolidayYear read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return HolidayFileParser.parse(file.toString(), reader);
    } catch (CharacterCodingException e) {
      throw new HolidayDataException(file.toString(), 0, "the file is not valid UTF-8", e);
    } catch (IOException e) {
      throw new HolidayDataException(file.toString(), 0, "cannot read file: " + e.getMessage(), e);
    }
  }

  @Override
  public String description() {
    return directory.toString();
  }
}

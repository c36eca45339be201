package io.github.proctime.examples.demo;

import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A synthetic province for demonstrations: units, officials with Vietnamese names, and a catalogue
 * of procedures with internal processes.
 *
 * <p><b>Illustrative data.</b> Procedure codes and processing times are modelled on common one-stop
 * procedures but are not taken from a published decision; each version's {@code decision()} says
 * "illustrative". The units are generic names of a province's departments after the 2025
 * reorganisation, not a real province's. Names of officials are drawn from common Vietnamese
 * family, middle and given names, deterministically from a seed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemoProvince {
  /** The reception desk of the provincial public-administration centre. */
  public static final String DESK = "TTPVHCC";

  /** The inter-agency tax office (liên thông) used by land procedures. */
  public static final String TAX_OFFICE = "THUE_KV";

  private static final LocalDate EFFECTIVE = LocalDate.of(2018, 6, 21);
  private static final String ILLUSTRATIVE = "illustrative: not a published decision";

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý"
  };
  private static final String[] MIDDLE = {
    "Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Ngọc", "Quốc", "Thu", "Hoài", "Gia", "Xuân"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương",
    "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Nhung", "Phong", "Phúc", "Quân", "Quang",
    "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến"
  };

  private final Map<String, String> unitNames;
  private final Map<String, List<String>> officials;
  private final List<Procedure> procedures;

  private DemoProvince(long seed) {
    Map<String, String> units = new TreeMap<>();
    units.put(DESK, "Trung tâm Phục vụ hành chính công tỉnh");
    units.put("SO_TU_PHAP", "Sở Tư pháp");
    units.put("SO_XAY_DUNG", "Sở Xây dựng");
    units.put("SO_TAI_CHINH", "Sở Tài chính");
    units.put("SO_NN_MT", "Sở Nông nghiệp và Môi trường");
    units.put("CA_TINH", "Công an tỉnh");
    units.put("UBND_XA_AN_BINH", "UBND xã An Bình");
    units.put("UBND_PHUONG_HOA_LAC", "UBND phường Hòa Lạc");
    units.put(TAX_OFFICE, "Thuế cơ sở khu vực (liên thông)");
    this.unitNames = java.util.Collections.unmodifiableMap(units);

    SplittableRandom random = new SplittableRandom(seed);
    java.util.Set<String> used = new java.util.HashSet<>();
    Map<String, List<String>> staff = new TreeMap<>();
    for (String unit : units.keySet()) {
      int count = unit.equals(DESK) ? 8 : unit.startsWith("UBND") ? 4 : 6;
      List<String> names = new ArrayList<>();
      while (names.size() < count) {
        String name =
            FAMILY[random.nextInt(FAMILY.length)]
                + " "
                + MIDDLE[random.nextInt(MIDDLE.length)]
                + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        if (used.add(name)) {
          names.add(name);
        }
      }
      staff.put(unit, List.copyOf(names));
    }
    this.officials = java.util.Collections.unmodifiableMap(staff);
    this.procedures = List.copyOf(catalogue());
  }

  /**
   * Builds the demo province; the same seed always gives the same province.
   *
   * @param seed the seed for the officials' names
   * @return the province
   */
  public static DemoProvince of(long seed) {
    return new DemoProvince(seed);
  }

  /**
   * The units, by code, with their Vietnamese names.
   *
   * @return unit code to name
   */
  public Map<String, String> unitNames() {
    return unitNames;
  }

  /**
   * The officials of each unit; the first official of a unit other than the desk is its leader.
   *
   * @return unit code to officials' names
   */
  public Map<String, List<String>> officials() {
    return officials;
  }

  /**
   * The procedure catalogue.
   *
   * @return the procedures
   */
  public List<Procedure> procedures() {
    return procedures;
  }

  private static List<Procedure> catalogue() {
    List<Procedure> list = new ArrayList<>();
    list.add(
        procedure(
            "2.001417",
            "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
            "Lý lịch tư pháp",
            ProcessingTime.workingDays(10),
            step("TIEP_NHAN", "Tiếp nhận hồ sơ", DESK, ProcessingTime.workingHours(4)),
            step("THAM_DINH", "Thẩm định, xác minh", "SO_TU_PHAP", ProcessingTime.workingDays(6)),
            step("PHE_DUYET", "Lãnh đạo Sở ký duyệt", "SO_TU_PHAP", ProcessingTime.workingDays(2)),
            step("TRA_KET_QUA", "Trả kết quả", DESK, ProcessingTime.workingDays(1))));
    list.add(
        procedure(
            "1.009974",
            "Cấp giấy phép xây dựng nhà ở riêng lẻ",
            "Hoạt động xây dựng",
            ProcessingTime.workingDays(15),
            step("TIEP_NHAN", "Tiếp nhận hồ sơ", DESK, ProcessingTime.workingHours(4)),
            step("THAM_DINH", "Thẩm định hồ sơ", "SO_XAY_DUNG", ProcessingTime.workingDays(10)),
            step(
                "PHE_DUYET", "Lãnh đạo ký giấy phép", "SO_XAY_DUNG", ProcessingTime.workingDays(3)),
            step("TRA_KET_QUA", "Trả kết quả", DESK, ProcessingTime.workingDays(1))));
    list.add(
        procedure(
            "2.001610",
            "Đăng ký thành lập doanh nghiệp",
            "Thành lập và hoạt động doanh nghiệp",
            ProcessingTime.workingDays(3),
            step("TIEP_NHAN", "Tiếp nhận hồ sơ", DESK, ProcessingTime.workingHours(2)),
            step("THAM_DINH", "Xem xét hồ sơ", "SO_TAI_CHINH", ProcessingTime.workingDays(1)),
            step("PHE_DUYET", "Lãnh đạo phòng ký", "SO_TAI_CHINH", ProcessingTime.workingDays(1)),
            step("TRA_KET_QUA", "Trả kết quả", DESK, ProcessingTime.workingHours(6))));
    list.add(
        procedure(
            "1.001009",
            "Đăng ký biến động quyền sử dụng đất",
            "Đất đai",
            ProcessingTime.workingDays(10),
            step("TIEP_NHAN", "Tiếp nhận hồ sơ", DESK, ProcessingTime.workingHours(4)),
            step("THAM_DINH", "Kiểm tra hồ sơ, đo đạc", "SO_NN_MT", ProcessingTime.workingDays(4)),
            step(
                "XAC_DINH_THUE",
                "Xác định nghĩa vụ tài chính (liên thông)",
                TAX_OFFICE,
                ProcessingTime.workingDays(3)),
            step("PHE_DUYET", "Ký xác nhận biến động", "SO_NN_MT", ProcessingTime.workingDays(2)),
            step("TRA_KET_QUA", "Trả kết quả", DESK, ProcessingTime.workingHours(4))));
    list.add(
        procedure(
            "1.002804",
            "Cấp đổi giấy phép lái xe",
            "Đường bộ",
            ProcessingTime.workingDays(5),
            step("TIEP_NHAN", "Tiếp nhận hồ sơ", DESK, ProcessingTime.workingHours(4)),
            step("THAM_DINH", "Kiểm tra, in giấy phép", "CA_TINH", ProcessingTime.workingDays(3)),
            step("PHE_DUYET", "Lãnh đạo ký", "CA_TINH", ProcessingTime.workingDays(1)),
            step("TRA_KET_QUA", "Trả kết quả", DESK, ProcessingTime.workingHours(4))));
    list.add(
        procedure(
            "2.000815",
            "Chứng thực bản sao từ bản chính",
            "Chứng thực",
            ProcessingTime.workingHours(8),
            step("TIEP_NHAN", "Tiếp nhận hồ sơ", DESK, ProcessingTime.workingHours(1)),
            step("THAM_DINH", "Chứng thực", "UBND_XA_AN_BINH", ProcessingTime.workingHours(5)),
            step("TRA_KET_QUA", "Trả kết quả", DESK, ProcessingTime.workingHours(2))));
    list.add(
        procedure(
            "1.001193",
            "Đăng ký khai sinh",
            "Hộ tịch",
            ProcessingTime.workingDays(3),
            step("TIEP_NHAN", "Tiếp nhận hồ sơ", DESK, ProcessingTime.workingHours(4)),
            step(
                "THAM_DINH",
                "Công chức tư pháp xử lý",
                "UBND_PHUONG_HOA_LAC",
                ProcessingTime.workingDays(2)),
            // The allotments of this illustrative process add up to more than the legal time, as
            // some published processes do: late dossiers then carry unattributed delay.
            step(
                "PHE_DUYET",
                "Chủ tịch UBND ký",
                "UBND_PHUONG_HOA_LAC",
                ProcessingTime.workingDays(1)),
            step("TRA_KET_QUA", "Trả kết quả", DESK, ProcessingTime.workingHours(4))));
    list.add(
        procedure(
            "1.003712",
            "Cấp giấy phép khai thác nước dưới đất (quy mô nhỏ)",
            "Tài nguyên nước",
            ProcessingTime.calendarDays(30),
            step("TIEP_NHAN", "Tiếp nhận hồ sơ", DESK, ProcessingTime.workingHours(4)),
            step(
                "THAM_DINH",
                "Thẩm định, kiểm tra thực địa",
                "SO_NN_MT",
                ProcessingTime.workingDays(15)),
            step("PHE_DUYET", "Lãnh đạo ký giấy phép", "SO_NN_MT", ProcessingTime.workingDays(3)),
            step("TRA_KET_QUA", "Trả kết quả", DESK, ProcessingTime.workingDays(1))));
    return list;
  }

  private static Step step(String id, String name, String unit, ProcessingTime allotment) {
    Step.Builder builder = Step.builder().id(id).name(name).ownerUnit(unit).allotment(allotment);
    if (unit.equals(TAX_OFFICE)) {
      builder.agency("Cơ quan Thuế");
    }
    return builder.build();
  }

  private static Procedure procedure(
      String code, String name, String field, ProcessingTime time, Step... steps) {
    return Procedure.builder()
        .code(code)
        .name(name)
        .field(field)
        .addVersions(
            ProcedureVersion.builder()
                .effectiveFrom(EFFECTIVE)
                .decision(ILLUSTRATIVE)
                .processingTime(time)
                .addSteps(steps)
                .build())
        .build();
  }
}

package com.kaoping.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    /**
     * A date is wide enough to read wherever its column is (the invitation links' dates are in
     * columns 4 and 5; only the results' column 6 was widened, so Excel showed ####).
     */
    @Test
    void everyDateColumnIsWideEnoughToShowItsDates() throws Exception {
        List<List<Object>> table = List.of(
                row("姓名", "邮箱", "链接", "有效期至"),
                row("张三", "a@example.com", "https://example.com/s/abc", LocalDateTime.of(2026, 11, 30, 9, 0)));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Spreadsheets.xlsx(table, "邀请")))) {
            assertThat(book.getSheetAt(0).getColumnWidth(3)).isGreaterThanOrEqualTo(19 * 256);
        }
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}

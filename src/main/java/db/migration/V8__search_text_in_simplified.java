package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The bank's search text is now folded to simplified characters too (Question.foldForSearch),
 * so 投诉 finds 投訴 and back: the questions already stored are folded again here. Written in
 * Java because the folding is OpenCC's dictionaries, which SQL does not have.
 */
public class V8__search_text_in_simplified extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("select id, search_text from question");
             PreparedStatement update = context.getConnection()
                     .prepareStatement("update question set search_text = ? where id = ?")) {
            while (rows.next()) {
                String folded = rows.getString(2);
                String simplified = ZhConverterUtil.toSimple(folded);
                if (!simplified.equals(folded)) {
                    update.setString(1, simplified);
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}

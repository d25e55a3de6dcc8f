package com.kaoping.transfer.reading;

import static com.kaoping.transfer.reading.Papers.q;
import static com.kaoping.transfer.reading.Papers.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A hotline's number right after an item's number ("1.10086…") is not a decimal. */
class NumberAfterItemNumberTest {

    @Test
    void aHotlineNumberAfterTheItemNumberStartsTheStem() {
        Reading r = read("""
                一、单选题(每题2分,共4分)
                1.10086热线的受理时间是( )
                A.工作日 B.全天24小时
                答案:B
                2.客户投诉费用有误,话务员应( )
                A.核实账单 B.直接挂断
                答案:A
                """);
        assertThat(r.paper().sections().get(0).questions()).hasSize(2);
        assertThat(q(r, 1, 1).number()).isEqualTo("1");
        assertThat(q(r, 1, 1).stem()).startsWith("10086热线");
    }

    @Test
    void aShortDecimalStillIsNotANumber() {
        assertThat(Numbering.at("1.5倍的赔偿", 0)).isNull();
        assertThat(Numbering.at("1.95598热线", 0)).isNotNull();
    }
}

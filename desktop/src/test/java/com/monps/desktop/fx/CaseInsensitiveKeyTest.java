package com.monps.desktop.fx;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CaseInsensitiveKeyTest {

    @Test
    void ordersTextAsCompareToIgnoreCaseDoes() {
        // letters whose case mappings leave Latin-1 or do not round-trip, an en dash, and an emoji (surrogate pair)
        String[] pieces = {"a", "A", "b", "Z", "é", "É", "ÿ", "Ÿ", "µ", "μ", "Μ", "ß", "İ", "ı", "i", "I", "ǅ", "ǆ", "ς", "Σ",
                " – ", "-", "\uD83D\uDE00", "\uFF21"};
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(5); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }

        List<String> byKey = texts.stream().sorted(Comparator.comparing(CaseInsensitiveKey::of)).toList();

        assertThat(byKey).isEqualTo(texts.stream().sorted(String::compareToIgnoreCase).toList());
    }

    @Test
    void keysOfTheSameTextCompareEqualAndKeepTheText() {
        assertThat(CaseInsensitiveKey.of("Aston Villa").compareTo(CaseInsensitiveKey.of("ASTON villa"))).isZero();
        assertThat(CaseInsensitiveKey.of("Aston Villa").text()).isEqualTo("Aston Villa");
    }
}

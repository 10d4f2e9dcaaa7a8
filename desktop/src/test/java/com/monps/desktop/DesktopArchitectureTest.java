package com.monps.desktop;

import com.monps.core.testing.CommonArchitectureTest;

/** The shared architecture rules over the desktop's main code. */
class DesktopArchitectureTest extends CommonArchitectureTest {

    @Override
    protected String[] packages() {
        return new String[] {"com.monps.desktop"};
    }
}

package com.monps.core;

import com.monps.core.testing.CommonArchitectureTest;

/** The shared architecture rules over the core's main code. */
class CoreArchitectureTest extends CommonArchitectureTest {

    @Override
    protected String[] packages() {
        return new String[] {"com.monps.core"};
    }
}

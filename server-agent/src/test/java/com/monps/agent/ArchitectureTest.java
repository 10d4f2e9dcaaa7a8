package com.monps.agent;

import com.monps.core.testing.CommonArchitectureTest;

/** The shared architecture rules over the agent's main code. */
class ArchitectureTest extends CommonArchitectureTest {

    @Override
    protected String[] packages() {
        return new String[] {"com.monps.agent"};
    }
}

package com.monps.agent;

/** Placeholder entry point until the agent's commands land. */
public final class AgentMain {
    public static void main(String[] args) {
        System.out.println("monps-agent");
    }
}
